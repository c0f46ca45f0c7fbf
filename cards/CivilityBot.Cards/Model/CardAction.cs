using System.Text.Json.Serialization;

namespace CivilityBot.Cards.Model;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ActionExecute), "Action.Execute")]
[JsonDerivedType(typeof(ActionSubmit), "Action.Submit")]
[JsonDerivedType(typeof(ActionOpenUrl), "Action.OpenUrl")]
[JsonDerivedType(typeof(ActionShowCard), "Action.ShowCard")]
public abstract class CardAction(string title)
{
    public string Title { get; } = title;

    public string? Id { get; init; }

    /// <summary>"positive", "destructive" or null for the default look.</summary>
    public string? Style { get; init; }
}
