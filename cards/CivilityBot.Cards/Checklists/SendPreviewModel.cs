namespace CivilityBot.Cards.Checklists;

/// <summary>
/// The confirmation card of 发送清单: who will get their checklist, who cannot be reached and why. Nothing is sent
/// until the coordinator confirms.
/// </summary>
public sealed record SendPreviewModel(
    string Title,
    string Summary,
    string RecipientsLine,
    IReadOnlyList<string> UnreachableLines,
    string BatchId,
    string ConfirmTitle,
    string CancelTitle);
