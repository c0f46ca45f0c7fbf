using System.Globalization;
using CivilityBot.Downloads;
using CivilityBot.Knowledge;
using CivilityBot.People;
using Microsoft.Extensions.Options;
using MiniExcelLibs;

namespace CivilityBot.Checklists;

/// <summary>
/// The 台账: one row per sub-criterion with its current state, plus the checklist audit log and the people/role
/// changes, as an .xlsx workbook or the ledger alone as CSV (UTF-8 with BOM, so Excel shows Chinese correctly).
/// </summary>
public sealed class LedgerExporter(IPlan plan, IChecklistStore store, IPeopleStore peopleStore, BureauClock clock)
{
    public const string LedgerSheet = "台账";
    public const string AuditSheet = "修改记录";
    public const string PeopleSheet = "人员与角色变更";


    public byte[] Xlsx() => Workbooks.Xlsx(Sheets());

    /// <summary>The ledger's sheets by name, for a workbook that adds its own beside them.</summary>
    public Dictionary<string, object> Sheets() => new()
    {
        [LedgerSheet] = LedgerRows(text => text),
        [AuditSheet] = AuditRows(),
        [PeopleSheet] = PeopleRows(),
    };

    public byte[] Csv()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(LedgerRows(DefuseFormula), excelType: ExcelType.CSV);
        return stream.ToArray();
    }

    public List<Dictionary<string, object?>> LedgerRows(Func<string?, string?> text)
    {
        var states = store.All();
        return [.. plan.Current.Indicators.OrderBy(indicator => indicator.Number).SelectMany(indicator => indicator.SubCriteria.Select(sub =>
        {
            var category = plan.Current.CategoryOf(indicator);
            var state = states.GetValueOrDefault(sub.Id);
            return new Dictionary<string, object?>
            {
                ["类别"] = $"{category.Number} {category.Name}",
                ["指标"] = $"第{indicator.Number}项 {indicator.Title}",
                ["子项编号"] = sub.Id,
                ["子项内容"] = sub.Text,
                ["分值"] = sub.Score,
                ["责任人"] = string.Join("、", plan.Current.OwnersOf(sub).Select(owner => owner.Label(ReplyLanguage.Chinese)).Distinct()),
                ["状态"] = state?.Done == true ? "已完成" : "未完成",
                ["佐证材料"] = text(state?.Evidence),
                ["最后修改人"] = state?.ChangedByName,
                [$"最后修改时间（{clock.ZoneLabel}）"] = Local(state?.ChangedAt),
            };
        }))];
    }

    private List<Dictionary<string, object?>> AuditRows() => [.. store.Audit().Select(entry => new Dictionary<string, object?>
    {
        ["序号"] = entry.Id,
        [$"时间（{clock.ZoneLabel}）"] = Local(entry.At),
        ["时间（UTC）"] = entry.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        ["修改人"] = entry.ActorName,
        ["修改人 AAD ID"] = entry.ActorAadObjectId,
        ["子项编号"] = entry.SubCriterionId,
        ["指标"] = entry.IndicatorNumber,
        ["原状态"] = entry.OldDone ? "已完成" : "未完成",
        ["新状态"] = entry.NewDone ? "已完成" : "未完成",
        ["原佐证"] = entry.OldEvidence,
        ["新佐证"] = entry.NewEvidence,
        ["来源"] = SourceName(entry.Source),
        ["活动 ID"] = entry.ActivityId,
    })];

    private List<Dictionary<string, object?>> PeopleRows() => [.. peopleStore.Audit().Select(entry => new Dictionary<string, object?>
    {
        ["序号"] = entry.Id,
        [$"时间（{clock.ZoneLabel}）"] = Local(entry.At),
        ["操作人"] = entry.ActorName,
        ["操作人 AAD ID"] = entry.ActorAadObjectId,
        ["操作"] = entry.Action,
        ["人员"] = entry.PersonName,
        ["详情"] = entry.Detail,
    })];

    private string? Local(DateTimeOffset? at) =>
        at is { } instant ? clock.FormatWithSeconds(instant) : null;

    private static string SourceName(string source) => source switch
    {
        ChangeSources.Card => "卡片",
        ChangeSources.Submit => "卡片（旧版客户端）",
        _ => source,
    };

    /// <summary>Text a spreadsheet would run as a formula (=, +, -, @) gets a leading apostrophe in CSV.</summary>
    private static string? DefuseFormula(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' ? "'" + text : text;
}
