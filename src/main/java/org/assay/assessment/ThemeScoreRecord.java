package org.assay.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** A published assessment's score for one theme, stored at publication. */
@Entity
@Table(name = "assessment_theme_score")
public class ThemeScoreRecord {
    @EmbeddedId
    public Key key;
    @Column(nullable = false)
    public BigDecimal weight;
    public BigDecimal score;
    @Column(name = "scored_count", nullable = false)
    public int scoredCount;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "assessment_id")
        public UUID assessmentId;
        @Column(name = "theme_code")
        public String themeCode;

        public Key() {
        }

        public Key(UUID assessmentId, String themeCode) {
            this.assessmentId = assessmentId;
            this.themeCode = themeCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(assessmentId, k.assessmentId) && Objects.equals(themeCode, k.themeCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessmentId, themeCode);
        }
    }
}
