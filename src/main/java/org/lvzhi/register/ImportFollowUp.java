package org.lvzhi.register;

import java.util.List;

/**
 * An optional step after an import, offered as a checkbox (e.g. create accounts for the imported
 * members). Its result is a table shown once to the importing clerk.
 */
public interface ImportFollowUp {

  String optionLabelKey();

  List<String> headerKeys();

  List<List<String>> run(List<Long> createdIds);
}
