using System.Text;
using CivilityBot.Checklists;
using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Tests.Knowledge;
using CivilityBot.Tests.Storage;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace CivilityBot.Tests.Checklists;

public sealed class LedgerExporterTests : IDisposable
{
    private readonly TempDatabase _db = new();
    private readonly LiteDbChecklistStore _store;
    private readonly LedgerExporter _exporter;

    public LedgerExporterTests()
    {
        _store = new LiteDbChecklistStore(_db.Database);
        _exporter = new LedgerExporter(SeedCampaign.Campaign, _store, new LiteDbPeopleStore(_db.Database), TestClock.Create());
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Xlsx_HasOneLedgerRowPerSubCriterionAndTheAuditLog()
    {
        Save("16.1", 16, done: true, evidence: "志愿者注册截图");

        using var stream = new MemoryStream(_exporter.Xlsx());

        Assert.Equal([LedgerExporter.LedgerSheet, LedgerExporter.AuditSheet, LedgerExporter.PeopleSheet], stream.GetSheetNames());
        var ledger = stream.Query(useHeaderRow: true, sheetName: LedgerExporter.LedgerSheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(SeedCampaign.Campaign.Indicators.Sum(indicator => indicator.SubCriteria.Count), ledger.Count);
        var row = ledger.Single(r => (string?)r["子项编号"] == "16.1");
        Assert.Equal(("已完成", "志愿者注册截图", "宋伟"), ((string?)row["状态"], (string?)row["佐证材料"], (string?)row["最后修改人"]));
        Assert.Contains("团委 汪珂吉", (string?)row["责任人"], StringComparison.Ordinal);
        Assert.Equal("2023-08-03 14:20:00", (string?)row["最后修改时间（北京时间）"]);
        var audit = stream.Query(useHeaderRow: true, sheetName: LedgerExporter.AuditSheet).Cast<IDictionary<string, object?>>().Single();
        Assert.Equal(("未完成", "已完成", "卡片"), ((string?)audit["原状态"], (string?)audit["新状态"], (string?)audit["来源"]));
    }

    [Fact]
    public void LedgerRows_OwnersFollowTheSubCriterionAndShowReadings()
    {
        var rows = _exporter.LedgerRows(text => text);

        string? Owners(string id) => (string?)rows.Single(row => (string?)row["子项编号"] == id)["责任人"];
        Assert.Equal("行政审批办 石勇", Owners("8.1"));
        Assert.Equal("机关纪委 周敬军", Owners("8.2"));
        Assert.Contains("团委 宋衍（原文如此，疑为宋伟）", Owners("24.1"), StringComparison.Ordinal);
        Assert.Contains("住保中心 雷方（推断）", Owners("22.1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_IsUtf8WithBomAndDefusesFormulas()
    {
        Save("12.1", 12, done: false, evidence: "=HYPERLINK(\"http://x\")");

        var bytes = _exporter.Csv();

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("子项编号", text, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", text, StringComparison.Ordinal);
    }

    private void Save(string id, int indicator, bool done, string evidence) => _store.Save(new ChecklistSave(
        [new ChecklistChange(id, indicator) { Done = done ? true : null, Evidence = evidence }],
        new ChecklistActor("宋伟", "aad"), ChangeSources.Card, "act-1", new DateTimeOffset(2023, 8, 3, 6, 20, 0, TimeSpan.Zero)));
}
