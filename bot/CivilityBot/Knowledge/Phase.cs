namespace CivilityBot.Knowledge;

/// <summary>One step of the plan; <see cref="Start"/> and <see cref="End"/> are inclusive local dates.</summary>
public sealed record Phase(
    int Number,
    string Name,
    string? NameEn,
    DateOnly Start,
    DateOnly End,
    string? PrintedDates = null,
    string? Description = null)
{
    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
