namespace CivilityBot.Cards.Answers;

/// <summary>One sub-criterion as shown: its id ("16.1"), its text and its points, already worded ("2分").</summary>
public sealed record SubCriterionLine(string Id, string Text, string Points);
