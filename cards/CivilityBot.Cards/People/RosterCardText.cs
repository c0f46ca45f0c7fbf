namespace CivilityBot.Cards.People;

/// <summary>The fixed words of the roster card in one language.</summary>
public sealed record RosterCardText(string NotLinked, string Coordinator, string Hint)
{
    public static RosterCardText Chinese { get; } = new(
        "未关联",
        "协调员",
        "关联：关联 姓名 AAD对象ID（或 @提及）；取消关联 姓名；设为协调员 姓名；取消协调员 姓名");

    public static RosterCardText English { get; } = new(
        "not linked",
        "coordinator",
        "link NAME AAD-object-id (or @mention); unlink NAME; grant coordinator NAME; revoke coordinator NAME");
}
