namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// What a question asks for. <see cref="Number"/> is an indicator, category or phase number; <see cref="Name"/> a
/// person, department, group, method or leadership role; <see cref="Candidates"/> ranked indicator numbers for topics.
/// </summary>
internal sealed record QuestionIntent(IntentKind Kind, int Number = 0, string Name = "", IReadOnlyList<int>? Candidates = null)
{
    public IReadOnlyList<int> Candidates { get; init; } = Candidates ?? [];

    /// <summary>Equal keys give equal replies (for a given language and day), so replies can be cached by it.</summary>
    public string CacheKey => $"{Kind}|{Number}|{Name}|{string.Join(',', Candidates)}";
}
