package org.assay.evidence;

/** An upload or download the evidence endpoints refuse, with its HTTP status and a stable code for the JSON body. */
public class DocumentRefused extends RuntimeException {
    private final int status;
    private final String code;

    public DocumentRefused(int status, EvidenceErrorCode code, String message) {
        super(message);
        this.status = status;
        this.code = code.name();
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
