package org.assay.membership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's place in exactly one organisation, keyed by OIDC subject or verified email.
 * The IdP only authenticates; this record decides organisation and role.
 */
@Entity
@Table(name = "membership")
public class Membership extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;
    public String subject;
    public String email;
    @Column(name = "display_name")
    public String displayName;
    @Column(nullable = false)
    public boolean admin;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
