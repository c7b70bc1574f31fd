package org.lvzhi.organisation;

/** The fixed sets of codes of the organisation registry; their labels are messages. */
final class Codes {

  private Codes() {}

  enum CommitteeLevel {
    COUNTY,
    CITY,
    PROVINCE
  }

  enum UnitType {
    GOVERNMENT,
    ENTERPRISE,
    OTHER
  }

  enum Gender {
    MALE,
    FEMALE
  }

  /** The Communist Party, the eight democratic parties, non-party people and the masses. */
  enum Party {
    CPC,
    RCCK,
    CDL,
    CNDCA,
    CAPD,
    CPWDP,
    CZGP,
    JIUSAN,
    TDSGL,
    NON_PARTY,
    MASSES
  }

  /** Leadership among members; membership of the party group (党组) is a separate flag. */
  enum LeadershipRole {
    CHAIR,
    VICE_CHAIR,
    SECRETARY_GENERAL,
    NONE
  }

  enum MemberStatus {
    SERVING,
    LEFT
  }
}
