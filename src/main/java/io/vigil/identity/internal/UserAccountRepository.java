package io.vigil.identity.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    @Query("""
            select u from UserAccount u
            where :q is null or lower(u.username) like lower(concat('%', :q, '%'))
               or lower(u.displayName) like lower(concat('%', :q, '%'))
               or lower(u.email) like lower(concat('%', :q, '%'))
            """)
    Page<UserAccount> search(String q, Pageable pageable);

    /** Search plus an optional stored-status filter ({@code LOCKED} rows whose lock ran out still say LOCKED). */
    @Query("""
            select u from UserAccount u
            where (:q is null or lower(u.username) like lower(concat('%', :q, '%'))
               or lower(u.displayName) like lower(concat('%', :q, '%'))
               or lower(u.email) like lower(concat('%', :q, '%')))
              and (:status is null or u.status = :status)
            """)
    Page<UserAccount> search(String q, UserStatus status, Pageable pageable);

    boolean existsByUsernameIgnoreCase(String username);

    java.util.List<UserAccount> findByEmailIgnoreCase(String email);
}
