namespace CivilityBot.Knowledge.Answering;

/// <summary>Which part of the plan a topic document comes from; <see cref="TopicMatch.Number"/> counts within it.</summary>
internal enum TopicKind
{
    Indicator,
    WorkingGroup,
    Office,
    PlanSection,
    Phase,
}
