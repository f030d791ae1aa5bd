package org.assay.framework.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One member organisation's vote on one proposal; changeable while the window is open. */
@Entity
@Table(name = "proposal_vote")
public class ProposalVote {
    @EmbeddedId
    public Key key;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VoteChoice choice;
    @Column(name = "cast_by", nullable = false)
    public String castBy;
    @Column(name = "cast_at", nullable = false)
    public Instant castAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "proposal_id")
        public UUID proposalId;
        @Column(name = "organisation_id")
        public UUID organisationId;

        public Key() {
        }

        public Key(UUID proposalId, UUID organisationId) {
            this.proposalId = proposalId;
            this.organisationId = organisationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(proposalId, k.proposalId) && Objects.equals(organisationId, k.organisationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(proposalId, organisationId);
        }
    }
}
