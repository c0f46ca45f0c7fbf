namespace CivilityBot.Knowledge;

/// <summary>
/// A passage of the plan outside the tables (指导思想, the four 工作要求), kept so that a topic question can find it.
/// <see cref="Title"/> is the printed heading, <see cref="Text"/> the printed paragraph.
/// </summary>
public sealed record PlanSection(string Title, string? TitleEn, string Text);
