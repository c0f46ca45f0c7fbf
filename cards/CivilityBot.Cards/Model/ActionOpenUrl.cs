namespace CivilityBot.Cards.Model;

public sealed class ActionOpenUrl(string title, string url) : CardAction(title)
{
    public string Url { get; } = url;
}
