package org.assay.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** The answer to one indicator within one assessment. */
@Entity
@Table(name = "assessment_answer")
public class AssessmentAnswer {
    @EmbeddedId
    public Key key;
    public Boolean yes;
    public Short maturity;
    @Column(name = "number_value")
    public BigDecimal numberValue;
    @Column(name = "text_value")
    public String textValue;
    @Column(name = "document_id")
    public UUID documentId;
    @Column(name = "not_applicable", nullable = false)
    public boolean notApplicable;
    public String justification;
    public String comment;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "evidence_ids", nullable = false)
    public UUID[] evidenceIds = new UUID[0];
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AnswerSource source;
    @Column(name = "answered_by", nullable = false)
    public String answeredBy;
    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "assessment_id")
        public UUID assessmentId;
        @Column(name = "indicator_code")
        public String indicatorCode;

        public Key() {
        }

        public Key(UUID assessmentId, String indicatorCode) {
            this.assessmentId = assessmentId;
            this.indicatorCode = indicatorCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(assessmentId, k.assessmentId) && Objects.equals(indicatorCode, k.indicatorCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, indicatorCode);
        }
    }
}
