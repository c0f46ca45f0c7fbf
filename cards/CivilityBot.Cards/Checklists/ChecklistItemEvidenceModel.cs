namespace CivilityBot.Cards.Checklists;

/// <summary>
/// The evidence part of one checklist item: where to upload, the files so far, what is still missing, the review, and
/// (for coordinators) the review buttons. Each text is shown whole (wrapped), never cut.
/// </summary>
public sealed record ChecklistItemEvidenceModel(string UploadUrl, string Files, string? Missing)
{
    /// <summary>The review as the owner reads it ("已通过 · 周敬军：…" / "已退回 · …"), or null when not reviewed.</summary>
    public string? Review { get; init; }

    /// <summary>True when the review returned the evidence (shown as a warning).</summary>
    public bool ReviewIsReturn { get; init; }

    /// <summary>
    /// The data of the 通过/退回 buttons (whose checklist, which page, which item) when the viewer may review from this
    /// card; null hides the buttons.
    /// </summary>
    public IReadOnlyDictionary<string, string>? ReviewData { get; init; }

    /// <summary>The data of the 在聊天中发送 button (the item); null hides it.</summary>
    public IReadOnlyDictionary<string, string>? ChatUploadData { get; init; }
}
