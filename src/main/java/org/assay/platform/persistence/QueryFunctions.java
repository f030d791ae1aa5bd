package org.assay.platform.persistence;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;

/** Registers Assay's HQL functions with Hibernate (found through {@code META-INF/services}). */
public final class QueryFunctions implements FunctionContributor {
    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().register(InArray.NAME, new InArray(functions.getTypeConfiguration()));
    }
}
