package org.assay.archfixture.alpha;

import org.assay.archfixture.beta.Beta;

/** Test fixture for {@code FeatureDependenciesTest}: alpha depends on beta... */
public class Alpha {
    public Beta beta() {
        return new Beta();
    }
}
