using System.Text.Json.Serialization;

namespace CivilityBot.Cards.Model;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputToggle), "Input.Toggle")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
[JsonDerivedType(typeof(ChartGauge), "Chart.Gauge")]
[JsonDerivedType(typeof(ChartHorizontalBarStacked), "Chart.HorizontalBar.Stacked")]
public abstract class CardElement
{
    public string? Id { get; init; }

    public string? Spacing { get; init; }

    public bool? Separator { get; init; }

    public bool? IsVisible { get; init; }
}
