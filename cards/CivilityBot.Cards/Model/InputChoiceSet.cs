namespace CivilityBot.Cards.Model;

public sealed class InputChoiceSet(List<Choice> choices) : CardElement
{
    public List<Choice> Choices { get; } = choices;

    public string? Label { get; init; }

    /// <summary>"compact" (drop-down) or "expanded" (radio buttons / check boxes).</summary>
    public string? Style { get; init; }

    public bool? IsMultiSelect { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }
}
