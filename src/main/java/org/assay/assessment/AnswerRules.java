package org.assay.assessment;

import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.platform.UserError;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Validates one answer against its indicator's answer type, unit and classification. Plain code. */
public final class AnswerRules {

    private AnswerRules() {
    }

    public static List<UserError> check(Criteria.Item item, AnswerInput in, String at) {
        List<UserError> e = new ArrayList<>();
        boolean na = Boolean.TRUE.equals(in.notApplicable);
        int given = (in.yes != null ? 1 : 0) + (in.maturity != null ? 1 : 0) + (in.number != null ? 1 : 0)
                + (in.text != null && !in.text.isBlank() ? 1 : 0) + (in.documentId != null ? 1 : 0);
        if (na) {
            if (given > 0) {
                e.add(UserError.of(at, AssessmentErrorCode.CONFLICTING_ANSWER, "an answer marked not applicable must not carry a value"));
            }
            if (item.classification() == Classification.ESSENTIAL && (in.justification == null || in.justification.isBlank())) {
                e.add(UserError.of(at + ".justification", AssessmentErrorCode.JUSTIFICATION_REQUIRED,
                        item.code() + " is essential: marking it not applicable needs a justification"));
            }
            if (in.justification != null && in.justification.length() > 2000) {
                e.add(UserError.of(at + ".justification", AssessmentErrorCode.TOO_LONG, "justification must be at most 2000 characters"));
            }
            return e;
        }
        if (given == 0) {
            e.add(UserError.of(at, AssessmentErrorCode.ANSWER_REQUIRED, item.code() + " needs a value of type " + item.answerType() + " (or notApplicable)"));
            return e;
        }
        if (given > 1) {
            e.add(UserError.of(at, AssessmentErrorCode.WRONG_ANSWER_TYPE, "give only the value matching " + item.answerType()));
            return e;
        }
        AnswerType type = item.answerType();
        switch (type) {
            case YES_NO -> {
                if (in.yes == null) e.add(wrongType(at, item));
            }
            case MATURITY -> {
                if (in.maturity == null) e.add(wrongType(at, item));
                else if (in.maturity < 0 || in.maturity > 4)
                    e.add(UserError.of(at + ".maturity", AssessmentErrorCode.OUT_OF_RANGE, "maturity level must be 0 to 4"));
            }
            case NUMBER -> {
                if (in.number == null) e.add(wrongType(at, item));
                else if (in.unit != null && !in.unit.strip().equals(item.unit()))
                    e.add(UserError.of(at + ".unit", AssessmentErrorCode.UNIT_MISMATCH, item.code() + " is expressed in " + item.unit() + ", not " + in.unit));
                else {
                    String problem = NumberRange.problem(in.number, item.unit());
                    if (problem != null) e.add(UserError.of(at + ".number", AssessmentErrorCode.OUT_OF_RANGE, item.code() + ": " + problem));
                }
            }
            case TEXT -> {
                if (in.text == null || in.text.isBlank()) e.add(wrongType(at, item));
                else if (in.text.length() > Answering.MAX_TEXT)
                    e.add(UserError.of(at + ".text", AssessmentErrorCode.TOO_LONG, "text must be at most " + Answering.MAX_TEXT + " characters"));
            }
            case DOCUMENT -> {
                if (in.documentId == null) e.add(wrongType(at, item));
                else {
                    try {
                        UUID.fromString(in.documentId);
                    } catch (IllegalArgumentException ex) {
                        e.add(UserError.of(at + ".documentId", AssessmentErrorCode.INVALID_ID, "not a document id"));
                    }
                }
            }
        }
        if (in.comment != null && in.comment.length() > Answering.MAX_TEXT) {
            e.add(UserError.of(at + ".comment", AssessmentErrorCode.TOO_LONG, "comment must be at most " + Answering.MAX_TEXT + " characters"));
        }
        return e;
    }

    private static UserError wrongType(String at, Criteria.Item item) {
        return UserError.of(at, AssessmentErrorCode.WRONG_ANSWER_TYPE, item.code() + " is a " + item.answerType() + " indicator");
    }
}
