namespace CivilityBot.Cards.Answers;

public sealed record InfoSection(string Heading, IReadOnlyList<InfoLine> Lines);
