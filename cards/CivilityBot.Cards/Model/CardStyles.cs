namespace CivilityBot.Cards.Model;

/// <summary>The Adaptive Card enum strings we use, so builders never spell them twice.</summary>
public static class CardStyles
{
    public const string Large = "Large";
    public const string Medium = "Medium";
    public const string Small = "Small";
    public const string Bolder = "Bolder";
    public const string Accent = "Accent";
    public const string Good = "Good";
    public const string Warning = "Warning";
    public const string Attention = "Attention";
    public const string Emphasis = "emphasis";
    public const string SpacingNone = "None";
    public const string SpacingSmall = "Small";
    public const string SpacingMedium = "Medium";
    public const string Compact = "compact";
    public const string Expanded = "expanded";
    public const string Positive = "positive";
    public const string Destructive = "destructive";
    public const string Auto = "auto";
    public const string Stretch = "stretch";
}
