using System.Globalization;
using CivilityBot.Cards.Checklists;
using CivilityBot.Checklists;
using CivilityBot.Knowledge;
using CivilityBot.People;
using CivilityBot.Uploads;
using Microsoft.Extensions.Options;

namespace CivilityBot.Evidence;

/// <summary>
/// The evidence rows of checklist items: a fresh upload link for whoever views the card, the files so far, what the
/// requirement still misses, the latest review, and review buttons for coordinators.
/// </summary>
public sealed class ChecklistEvidence(UploadLinks links, EvidenceLedger ledger, IPeopleDirectory people, BureauClock clock)
    : IChecklistItemEvidence
{
    public ChecklistItemEvidenceModel Describe(SubCriterion item, ChecklistItemState state, ChecklistView view)
    {
        var viewer = view.ViewerName ?? view.PersonName;
        var status = ledger.StatusOf(item.Id);
        var english = view.Language == ReplyLanguage.English;
        return new ChecklistItemEvidenceModel(links.Issue(EvidenceUploadPurpose.PurposeKey, item.Id, viewer), FilesLine(status, english), MissingLine(status, english))
        {
            Review = status.Review is { } review ? ReviewLine(review, status.ReviewIsCurrent, english) : null,
            ReviewIsReturn = status.Review is { State: EvidenceReviewState.Returned },
            ReviewData = people.IsCoordinator(viewer) ? ReviewData(view, item.Id) : null,
            ChatUploadData = new Dictionary<string, string> { [EvidenceVerbs.Item] = item.Id },
        };
    }

    /// <summary>At most this many file names are listed on a card; the count says how many there are.</summary>
    public const int NamesShown = 5;

    /// <summary>Longer names are shortened on the card (the upload page and the binder keep them whole).</summary>
    public const int NameLength = 40;

    private static string FilesLine(EvidenceStatus status, bool english)
    {
        var shown = status.Files.Take(NamesShown).Select(file => file.OriginalName.Length > NameLength ? file.OriginalName[..(NameLength - 1)] + "…" : file.OriginalName);
        var more = status.Files.Count > NamesShown ? (english ? $" and {status.Files.Count - NamesShown} more" : $" 等 {status.Files.Count} 个") : "";
        var names = string.Join(english ? ", " : "、", shown) + more;
        var complete = status.IsComplete ? (english ? " · requirement met" : " · 已满足要求") : "";
        return (status.Files.Count, english) switch
        {
            (0, true) => $"Evidence files: none yet{complete}",
            (0, false) => $"佐证文件：暂无{complete}",
            (var n, true) => $"Evidence files ({n}): {names}{complete}",
            (var n, false) => $"佐证文件（{n}）：{names}{complete}",
        };
    }

    private static string? MissingLine(EvidenceStatus status, bool english) => status.IsComplete
        ? null
        : english ? $"Still missing: {string.Join(", ", status.Missing(english))}" : $"还缺：{string.Join("、", status.Missing(english))}";

    private string ReviewLine(EvidenceReview review, bool current, bool english)
    {
        var at = clock.ToLocal(review.ReviewedAt).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);
        var verdict = (review.State, english) switch
        {
            (EvidenceReviewState.Accepted, true) => "Accepted",
            (EvidenceReviewState.Accepted, false) => "审核通过",
            (_, true) => "Returned",
            _ => "已退回",
        };
        var comment = review.Comment is not { Length: > 0 } text ? "" : english ? $": {text}" : $"：{text}";
        var line = $"{verdict} · {review.ReviewedBy} {at}{comment}";
        return current ? line : english ? $"{line} (files changed since; awaiting a new review)" : $"{line}（之后文件有变动，待重新审核）";
    }

    private static Dictionary<string, string> ReviewData(ChecklistView view, string itemId)
    {
        var data = ChecklistCards.PageData(view.PersonName, view.Page, view.Language == ReplyLanguage.English ? ChecklistFields.English : null);
        data[EvidenceVerbs.Item] = itemId;
        return data;
    }
}
