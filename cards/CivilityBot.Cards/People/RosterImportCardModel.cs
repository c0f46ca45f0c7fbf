namespace CivilityBot.Cards.People;

/// <summary>
/// A staff list import preview or its outcome: a title and summary, sections of lines (新增, 变更, 移除, 有问题的行; each
/// shows at most <see cref="RosterImportCards.LinesShown"/> lines and says how many more), notes, and — on a preview
/// that can be applied — the data its 确认导入 / 取消 buttons carry (<see cref="ButtonData"/>; null: no buttons).
/// </summary>
public sealed record RosterImportCardModel(
    string Title,
    string Summary,
    IReadOnlyList<(string Heading, IReadOnlyList<string> Lines)> Sections,
    IReadOnlyList<string> Notes,
    IReadOnlyDictionary<string, string>? ButtonData);
