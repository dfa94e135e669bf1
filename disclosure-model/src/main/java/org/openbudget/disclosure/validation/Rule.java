package org.openbudget.disclosure.validation;

import java.util.List;

/** One family of checks; each rule is plain Java over a {@link ValidationInput}. */
public interface Rule {

    List<Finding> check(ValidationInput input);
}
