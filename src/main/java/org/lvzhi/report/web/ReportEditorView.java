package org.lvzhi.report.web;

import java.util.ArrayList;
import java.util.List;
import org.lvzhi.report.ReportStatus;
import org.lvzhi.report.ReportText;
import org.lvzhi.report.Reports;
import org.lvzhi.system.LvzhiUser;

/**
 * The editor page: the report, its latest text as blocks each with the figures written into it
 * (linked to their records), its versions, and what the reader may do.
 */
public record ReportEditorView(
    Reports.Detail detail,
    List<BlockView> blocks,
    boolean canEdit,
    boolean canWrite,
    boolean canExport) {

  /** A block with its figures: ordinal (for the link) and the figure as written. */
  public record BlockView(int index, ReportText.Block block, List<FigureLink> figures) {}

  /** A figure's link to the records behind it. */
  public record FigureLink(int ordinal, String shown, String metric, String href) {}

  static ReportEditorView of(Reports.Detail detail, LvzhiUser user) {
    List<BlockView> blocks = new ArrayList<>();
    List<ReportText.Block> text = detail.text().blocks();
    long id = detail.report().id();
    for (int i = 0; i < text.size(); i++) {
      List<FigureLink> links = new ArrayList<>();
      for (int f = 0; f < detail.figures().size(); f++) {
        ReportText.Figure figure = detail.figures().get(f);
        if (figure.block() == i) {
          links.add(
              new FigureLink(
                  f + 1,
                  figure.shown(),
                  figure.metric(),
                  "/reports/" + id + "/figures/" + (f + 1)));
        }
      }
      blocks.add(new BlockView(i, text.get(i), links));
    }
    boolean write = user.can(Reports.WRITE);
    return new ReportEditorView(
        detail,
        blocks,
        write && detail.report().status() == ReportStatus.DRAFT,
        write,
        user.can(Reports.EXPORT));
  }

  public String periodText() {
    return detail.report().from() + " – " + detail.report().to();
  }
}
