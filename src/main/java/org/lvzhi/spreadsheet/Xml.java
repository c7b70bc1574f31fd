package org.lvzhi.spreadsheet;

/** Element names whether or not the parser is namespace aware. */
final class Xml {

  private Xml() {}

  static String name(String localName, String qName) {
    if (localName != null && !localName.isEmpty()) {
      return localName;
    }
    int colon = qName.indexOf(':');
    return colon < 0 ? qName : qName.substring(colon + 1);
  }
}
