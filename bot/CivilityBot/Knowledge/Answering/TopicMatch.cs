namespace CivilityBot.Knowledge.Answering;

internal sealed record TopicMatch(int Number, double Score);
