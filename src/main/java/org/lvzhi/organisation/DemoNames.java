package org.lvzhi.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.lvzhi.organisation.DemoCounty.Account;
import org.lvzhi.organisation.DemoCounty.Bound;
import org.lvzhi.system.Role;

/**
 * Names for the demo committees: two counties (云溪县, 云岭县) and the city above them (云州市). The places,
 * their people and their firms are fictional.
 */
final class DemoNames {

  private DemoNames() {}

  /** The city committee above both demo counties. */
  static final String CITY = "政协云州市委员会";

  static final String CITY_REGION = "云州市";

  /**
   * The city office's accounts: the one that sees the counties' figures side by side, and its
   * administrator.
   */
  static final List<Account> CITY_ACCOUNTS =
      List.of(
          Account.of("city", "云州市政协办公室", Role.STAFF),
          Account.of("cityadmin", "云州市政协管理员", Role.ADMIN));

  static final List<String> SECTORS =
      List.of(
          "中国共产党",
          "民主党派",
          "无党派人士",
          "共青团和青联",
          "工会",
          "妇联",
          "工商联",
          "经济界",
          "农业和农村界",
          "教育界",
          "科技和科协界",
          "文化艺术界",
          "医药卫生界",
          "社会福利和社会保障界",
          "特邀人士");

  static final List<String> SPECIAL_COMMITTEES =
      List.of(
          "提案委员会",
          "经济委员会",
          "农业和农村委员会",
          "教科卫体委员会",
          "文化文史和学习委员会",
          "社会和法制委员会",
          "人口资源环境委员会",
          "委员联络委员会");

  static final List<String> DUTIES =
      List.of(
          "承担提案审查、交办、督办和办理情况评价工作",
          "围绕县域经济、招商引资和营商环境开展调研、协商和民主监督",
          "围绕乡村振兴、农业产业发展开展调研和协商",
          "联系教育、科技、卫生、体育界别委员，开展对口协商",
          "组织委员学习和书香政协活动，征集整理文史资料",
          "围绕社会治理、法治建设开展民主监督",
          "围绕生态环境保护、资源利用开展调研视察",
          "负责委员服务管理和履职档案");

  /** The duties of a special committee of {@link #SPECIAL_COMMITTEES}. */
  static String duties(String specialCommittee) {
    return DUTIES.get(SPECIAL_COMMITTEES.indexOf(specialCommittee));
  }

  static final List<String> DEPARTMENTS =
      List.of(
          "云溪县发展和改革局",
          "云溪县财政局",
          "云溪县教育局",
          "云溪县卫生健康局",
          "云溪县农业农村局",
          "云溪县自然资源局",
          "云溪县住房和城乡建设局",
          "云溪县交通运输局",
          "云溪县水利局",
          "云溪县商务局",
          "云溪县文化和旅游局",
          "云溪县市场监督管理局",
          "云溪县生态环境分局",
          "云溪县人力资源和社会保障局",
          "云溪县民政局",
          "云溪县公安局",
          "云溪县司法局",
          "云溪县应急管理局",
          "云溪县林业局",
          "云溪县医疗保障局",
          "云溪县行政审批服务局",
          "云溪县招商服务中心",
          "云溪县工业和信息化局",
          "云溪县统计局",
          "云溪县审计局",
          "云溪县乡村振兴局",
          "云溪县城市管理执法局",
          "云溪县退役军人事务局");

  static final List<String> ENTERPRISES =
      List.of(
          "云溪利丰粮油工贸有限公司",
          "云溪大岭石材有限公司",
          "云溪秦茗茶业有限公司",
          "云溪汉水生态农业开发有限公司",
          "云溪绿源食品有限公司",
          "云溪金桥新材料有限公司",
          "云溪山水文旅发展有限公司",
          "云溪恒通物流有限公司",
          "云溪康宁医药有限公司",
          "云溪丰禾现代农业有限公司",
          "云溪鑫瑞建材有限公司",
          "云溪兴华电子科技有限公司");

  static final List<String> STREETS = List.of("人民路", "建设路", "解放街", "滨江路", "东大街", "北关路");

  static final List<String> PARKS = List.of("城东工业园区", "食品工业园", "石材产业园", "现代农业园区", "汉江物流园");

  static final List<String> PARTIES =
      List.of(
          "CPC",
          "CPC",
          "CPC",
          "RCCK",
          "CDL",
          "CNDCA",
          "CAPD",
          "CPWDP",
          "CZGP",
          "JIUSAN",
          "NON_PARTY",
          "NON_PARTY",
          "MASSES");

  static final List<String> EMPLOYERS =
      List.of(
          "云溪县人民医院",
          "云溪县第一中学",
          "云溪县中医医院",
          "云溪县实验小学",
          "云溪县职业教育中心",
          "云溪利丰粮油工贸有限公司",
          "云溪秦茗茶业有限公司",
          "云溪县农业技术推广中心",
          "云溪县文化馆",
          "云溪县律师事务所",
          "城关镇人民政府",
          "堰口镇人民政府",
          "云溪县信用合作联社",
          "云溪县工商业联合会",
          "云溪汉水生态农业开发有限公司",
          "云溪县融媒体中心");

  static final List<String> POSTS =
      List.of(
          "院长", "副院长", "校长", "教师", "主任医师", "总经理", "董事长", "副总经理", "高级农艺师", "馆长", "律师", "镇长", "副镇长",
          "主任", "会长", "记者", "工程师", "村党支部书记");

  static final List<String> LEADER_POSTS =
      List.of(
          "县政协主席、党组书记",
          "县政协副主席、党组副书记",
          "县政协副主席、党组成员",
          "县政协副主席",
          "县政协副主席",
          "县政协秘书长、党组成员",
          "县政协党组成员",
          "县政协党组成员、经济委员会主任");

  /** The first demo county, with a full roster and an account for each role. */
  static final DemoCounty YUNXI =
      new DemoCounty(
          "政协云溪县委员会",
          "云溪县",
          "城关镇",
          "610723",
          6210000,
          LocalDate.of(2021, 12, 20),
          SECTORS,
          SPECIAL_COMMITTEES,
          DEPARTMENTS,
          ENTERPRISES,
          STREETS,
          PARKS,
          EMPLOYERS,
          LEADER_POSTS,
          4,
          Set.of(0, 1, 2, 5, 6, 7),
          150,
          32,
          149,
          10000000,
          7,
          2023,
          List.of(
              Account.of("office", "办公室", Role.STAFF),
              new Account("economy", "经济委员会", Role.COMMITTEE_STAFF, Bound.SPECIAL_COMMITTEE, 1),
              new Account("chair", "主席", Role.LEADER, Bound.MEMBER, 0),
              new Account("member", "委员", Role.MEMBER, Bound.MEMBER, 20),
              new Account("unit", "发改局", Role.UNIT, Bound.UNIT, 0),
              Account.of("auditor", "审计", Role.AUDITOR)));

  /**
   * The second demo county: a smaller committee of the same city, with an office and a member
   * account.
   */
  static final DemoCounty YUNLING =
      new DemoCounty(
          "政协云岭县委员会",
          "云岭县",
          "岭城镇",
          "610725",
          6320000,
          LocalDate.of(2021, 12, 27),
          List.of("中国共产党", "民主党派", "无党派人士", "经济界", "农业和农村界", "教育界", "医药卫生界"),
          List.of("提案委员会", "经济委员会", "农业和农村委员会", "文化文史和学习委员会"),
          List.of("云岭县发展和改革局", "云岭县财政局", "云岭县农业农村局", "云岭县商务局", "云岭县文化和旅游局", "云岭县招商服务中心"),
          List.of("云岭竹韵家居有限公司", "云岭高山茶业有限公司"),
          List.of("岭南路", "中心街", "新华路"),
          List.of("竹木产业园", "茶旅融合示范区"),
          List.of(
              "云岭县人民医院", "云岭县中学", "云岭县农业技术推广中心", "岭城镇人民政府", "云岭县融媒体中心", "云岭竹韵家居有限公司", "云岭高山茶业有限公司"),
          List.of(
              "县政协主席、党组书记",
              "县政协副主席、党组副书记",
              "县政协副主席、党组成员",
              "县政协副主席",
              "县政协秘书长、党组成员",
              "县政协党组成员、经济委员会主任"),
          3,
          Set.of(0, 1, 2, 4, 5),
          20,
          8,
          -1,
          20000000,
          11,
          2024,
          List.of(
              Account.of("yunling", "云岭县政协办公室", Role.STAFF),
              new Account("yunling-member", "云岭委员", Role.MEMBER, Bound.MEMBER, 10)));

  /**
   * The demo counties, in the order they are loaded (the first takes a fresh deployment's
   * committee).
   */
  static final List<DemoCounty> COUNTIES = List.of(YUNXI, YUNLING);

  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  private static final String GIVEN =
      "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强红梅文斌海燕晓东玉兰春生立新永红建华学军德明宏伟丽华国庆振华爱民小红淑珍凤英俊峰";

  static String personName(Random random) {
    char surname = SURNAMES.charAt(random.nextInt(SURNAMES.length()));
    int length = random.nextInt(10) < 7 ? 2 : 1;
    StringBuilder given = new StringBuilder();
    for (int i = 0; i < length; i++) {
      given.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return surname + given.toString();
  }
}
