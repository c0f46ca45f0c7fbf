namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// What a question asks for. <see cref="Number"/> is an indicator, category, phase, group, plan-section or relation
/// number; <see cref="Name"/> a person, department, group, method or leadership role (several names, for "did you
/// mean", joined by '、'); <see cref="Candidates"/> ranked indicator numbers for topics. <see cref="FoundByTopic"/> marks
/// an answer that a topic search found in the plan's text rather than one asked for by name.
/// </summary>
internal sealed record QuestionIntent(IntentKind Kind, int Number = 0, string Name = "", IReadOnlyList<int>? Candidates = null)
{
    public IReadOnlyList<int> Candidates { get; init; } = Candidates ?? [];

    public bool FoundByTopic { get; init; }

    /// <summary>Equal keys give equal replies (for a given language and day), so replies can be cached by it.</summary>
    public string CacheKey => $"{Kind}|{Number}|{Name}|{string.Join(',', Candidates)}|{FoundByTopic}";
}
