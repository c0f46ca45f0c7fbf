namespace CivilityBot.Cards.Answers;

/// <summary>One row of a fact list ("责任人: 宋伟", "办公室: 宋伟").</summary>
public sealed record LabeledValue(string Label, string Value);
