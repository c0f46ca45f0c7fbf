namespace CivilityBot.Cards.Model;

public sealed class ColumnSet(List<Column> columns) : CardElement
{
    public List<Column> Columns { get; } = columns;
}
