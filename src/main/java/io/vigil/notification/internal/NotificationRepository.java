package io.vigil.notification.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    Page<Notification> findByRecipientIdOrderByCreatedAtDesc(UUID recipientId, Pageable pageable);

    Page<Notification> findByRecipientIdAndReadAtIsNullOrderByCreatedAtDesc(UUID recipientId, Pageable pageable);

    long countByRecipientIdAndReadAtIsNull(UUID recipientId);

    List<Notification> findTop200ByEmailStateOrderByCreatedAt(Notification.EmailState state);

    List<Notification> findByEmailStateAndRecipientIdOrderByCreatedAt(Notification.EmailState state, UUID recipientId);

    /** The kinds this user has been notified about: the preferences screen offers them. */
    @Query("select distinct n.kind from Notification n where n.recipientId = :recipientId")
    java.util.List<String> findKindsOf(UUID recipientId);

    @Query("select distinct n.recipientId from Notification n where n.emailState = :state")
    List<UUID> recipientsWithState(Notification.EmailState state);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
    int markAllRead(UUID recipientId, java.time.Instant now);
}
