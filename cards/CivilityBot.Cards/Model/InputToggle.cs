namespace CivilityBot.Cards.Model;

public sealed class InputToggle(string title) : CardElement
{
    public const string On = "true";
    public const string Off = "false";

    public string Title { get; } = title;

    public string Value { get; init; } = Off;

    public string ValueOn { get; init; } = On;

    public string ValueOff { get; init; } = Off;

    public bool Wrap { get; init; } = true;
}
