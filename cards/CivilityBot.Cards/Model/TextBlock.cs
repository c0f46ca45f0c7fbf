namespace CivilityBot.Cards.Model;

public sealed class TextBlock(string text) : CardElement
{
    public string Text { get; } = text;

    public string? Size { get; init; }

    public string? Weight { get; init; }

    public string? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool Wrap { get; init; } = true;

    public int? MaxLines { get; init; }
}
