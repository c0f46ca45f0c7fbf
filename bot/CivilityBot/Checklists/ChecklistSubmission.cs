using CivilityBot.Knowledge;

namespace CivilityBot.Checklists;

/// <summary>The data of a checklist card action: whose checklist, which page, in which language, and the items.</summary>
public sealed record ChecklistSubmission(string PersonName, int Page, ReplyLanguage Language, IReadOnlyList<SubmittedItem> Items);
