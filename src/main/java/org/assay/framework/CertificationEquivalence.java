package org.assay.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Per framework version: an indicator a scheme's verified certificate answers, and the answer it implies. */
@Entity
@Table(name = "certification_equivalence")
public class CertificationEquivalence {

    @EmbeddedId
    public Key key;
    /** Implied yes/no answer (YES_NO indicators). */
    @Column(name = "implied_yes")
    public Boolean impliedYes;
    /** Implied maturity level 0–4 (MATURITY indicators). */
    @Column(name = "implied_maturity")
    public Short impliedMaturity;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "version_id")
        public UUID versionId;
        @Column(name = "scheme_code")
        public String schemeCode;
        @Column(name = "indicator_code")
        public String indicatorCode;

        public Key() {
        }

        public Key(UUID versionId, String schemeCode, String indicatorCode) {
            this.versionId = versionId;
            this.schemeCode = schemeCode;
            this.indicatorCode = indicatorCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(versionId, k.versionId)
                    && Objects.equals(schemeCode, k.schemeCode) && Objects.equals(indicatorCode, k.indicatorCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(versionId, schemeCode, indicatorCode);
        }
    }
}
