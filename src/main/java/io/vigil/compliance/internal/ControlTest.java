package io.vigil.compliance.internal;

import io.vigil.compliance.TestResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One test of a control. Tests are facts: recorded once, never edited. */
@Entity
@Table(name = "cmp_control_test")
public class ControlTest {

    @Id
    private UUID id;

    @Column(name = "control_id", nullable = false)
    private UUID controlId;

    @Column(name = "tested_on", nullable = false)
    private LocalDate testedOn;

    @Column(name = "tester_id")
    private UUID testerId;

    @Column(nullable = false)
    private String method;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TestResult result;

    @Column(name = "evidence_id")
    private UUID evidenceId;

    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ControlTest() {
    }

    public ControlTest(UUID id, UUID controlId, LocalDate testedOn, UUID testerId, String method, TestResult result,
            UUID evidenceId, String notes, Instant now) {
        this.id = id;
        this.controlId = controlId;
        this.testedOn = testedOn;
        this.testerId = testerId;
        this.method = method;
        this.result = result;
        this.evidenceId = evidenceId;
        this.notes = notes;
        this.createdAt = now;
    }

    public UUID id() { return id; }
    public UUID controlId() { return controlId; }
    public LocalDate testedOn() { return testedOn; }
    public UUID testerId() { return testerId; }
    public String method() { return method; }
    public TestResult result() { return result; }
    public UUID evidenceId() { return evidenceId; }
    public String notes() { return notes; }
}
