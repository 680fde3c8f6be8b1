package io.vigil.notification.internal;

import io.vigil.notification.DeliveryMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** A user's e-mail delivery choice for one kind; no row means immediate. */
@Entity
@Table(name = "notification_preference")
@IdClass(NotificationPreference.Key.class)
class NotificationPreference {

    static class Key implements Serializable {
        private UUID userId;
        private String kind;

        protected Key() {
        }

        Key(UUID userId, String kind) {
            this.userId = userId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(userId, key.userId)
                    && java.util.Objects.equals(kind, key.kind);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(userId, kind);
        }
    }

    @Id
    @Column(name = "user_id")
    private UUID userId;
    @Id
    private String kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryMode mode;

    protected NotificationPreference() {
    }

    NotificationPreference(UUID userId, String kind, DeliveryMode mode) {
        this.userId = userId;
        this.kind = kind;
        this.mode = mode;
    }

    void change(DeliveryMode newMode) {
        this.mode = newMode;
    }

    String getKind() {
        return kind;
    }

    DeliveryMode getMode() {
        return mode;
    }
}
