using System.Globalization;
using CivilityBot.Cards.Checklists;
using CivilityBot.Cards.Model;
using CivilityBot.Downloads;

namespace CivilityBot.Knowledge.Rounds;

/// <summary>
/// The download card of one round's 台账 (any round, archived or active): expiring links of kind
/// <see cref="Kind"/> whose subject is the round's number; the checklists feature serves the file.
/// </summary>
public sealed class RoundLedgerLinks(DownloadLinks links, RoundBook rounds, IRoundRecords records, BureauClock clock)
{
    /// <summary>The download kind of a round's ledger ("round-ledger", subject "1", "2", …).</summary>
    public const string Kind = "round-ledger";

    /// <summary>The card with the links, or null for no such round.</summary>
    public AdaptiveCard? Card(int roundId, string requestedBy)
    {
        var round = rounds.Rounds.FirstOrDefault(item => item.Id == roundId);
        if (round is null || rounds.PlanOf(roundId) is not { } plan) return null;
        var download = links.Issue(Kind, roundId.ToString(CultureInfo.InvariantCulture), requestedBy);
        var figures = records.Figures(roundId, plan);
        return LedgerCards.Download(new LedgerCardModel($"{round.Label}台账导出", RoundTexts.LedgerSummary(round.Label, figures.Total, figures.AuditRows),
            $"链接有效期至 {clock.Format(download.ExpiresAt)}，请勿转发。", "下载 Excel", download.XlsxUrl, "下载 CSV", download.CsvUrl));
    }
}
