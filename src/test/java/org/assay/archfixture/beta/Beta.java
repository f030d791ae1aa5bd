package org.assay.archfixture.beta;

import org.assay.archfixture.alpha.Alpha;

/** ...and beta on alpha: a feature cycle the architecture rule must refuse. */
public class Beta {
    public Alpha alpha() {
        return null;
    }
}
