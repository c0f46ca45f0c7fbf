namespace CivilityBot.Cards.Model;

public sealed class FactSet(List<Fact> facts) : CardElement
{
    public List<Fact> Facts { get; } = facts;
}
