namespace CivilityBot.People;

/// <summary>The result of a link attempt; <see cref="OtherPerson"/> names who holds the identity when it is taken.</summary>
public sealed record LinkOutcome(LinkStatus Status, string? OtherPerson = null);
