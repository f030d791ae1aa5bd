package org.assay.membership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's place in exactly one organisation. The person is (issuer, {@code sub}); a row added by verified e-mail
 * waits with both null and binds to them at the first sign-in with that e-mail. The IdP only authenticates; this
 * record decides organisation and role.
 */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;
    /** The token issuer the subject belongs to (or {@code assay.identity.issuer}); null until bound. */
    public String issuer;
    public String subject;
    public String email;
    @Column(name = "display_name")
    public String displayName;
    @Column(nullable = false)
    public boolean admin;
    /** When the row was bound to (issuer, sub): at creation when added by subject, else at the first sign-in. */
    @Column(name = "bound_at")
    public Instant boundAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
