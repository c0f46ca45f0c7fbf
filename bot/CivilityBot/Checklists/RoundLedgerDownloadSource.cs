using System.Globalization;
using CivilityBot.Downloads;
using CivilityBot.Knowledge;
using CivilityBot.Knowledge.Corrections;
using CivilityBot.Knowledge.Rounds;
using CivilityBot.People;

namespace CivilityBot.Checklists;

/// <summary>
/// One round's 台账 behind a download link (kind <see cref="RoundLedgerLinks.Kind"/>, subject the round's number): the
/// ledger as <see cref="LedgerExporter"/> writes it, over that round's plan and checklists, plus the round's plan
/// corrections (sheet 计划更正). An archived round's file is the same whenever it is downloaded.
/// </summary>
public sealed class RoundLedgerDownloadSource(RoundBook rounds, IRoundChecklistStores stores, IPeopleStore people, BureauClock clock) : IDownloadSource
{
    public const string CorrectionsSheet = "计划更正";

    public string Kind => RoundLedgerLinks.Kind;

    public DownloadFile? Open(DownloadLink link, DownloadFormat format)
    {
        if (!int.TryParse(link.SubjectId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || rounds.Rounds.FirstOrDefault(round => round.Id == id) is not { } round || rounds.PlanOf(id) is not { } plan)
        {
            return null;
        }

        var exporter = new LedgerExporter(plan, stores.For(id), people, clock);
        var name = $"文明创建台账-{round.Label}-{clock.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
        if (format != DownloadFormat.Xlsx) return new DownloadFile(name, exporter.Csv());
        var sheets = exporter.Sheets();
        sheets[CorrectionsSheet] = Corrections(id);
        return new DownloadFile(name, Workbooks.Xlsx(sheets));
    }

    private List<Dictionary<string, object?>> Corrections(int roundId) => [.. rounds.ChangesOf(roundId).Select(change => new Dictionary<string, object?>
    {
        ["序号"] = change.Id,
        [$"时间（{clock.ZoneLabel}）"] = clock.Format(change.At),
        ["更正"] = PlanTexts.What(change.Correction),
        ["原内容"] = change.Old,
        ["新内容"] = change.New,
        ["更正人"] = change.ActorName,
        ["撤销"] = change.RevertedAt is { } at ? $"{change.RevertedBy} {clock.Format(at)}" : null,
    })];
}
