namespace CivilityBot.Knowledge.Answering;

/// <summary>
/// A scored hit: an indicator number, a working group number, a plan section's position (1-based), a phase number,
/// or 1 for the leading group's office, according to <see cref="Kind"/>.
/// </summary>
internal sealed record TopicMatch(int Number, double Score, TopicKind Kind = TopicKind.Indicator);
