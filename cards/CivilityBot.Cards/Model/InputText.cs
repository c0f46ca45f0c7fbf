namespace CivilityBot.Cards.Model;

public sealed class InputText : CardElement
{
    public string? Label { get; init; }

    public string? Placeholder { get; init; }

    public string? Value { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }

    public bool? IsRequired { get; init; }

    public string? ErrorMessage { get; init; }
}
