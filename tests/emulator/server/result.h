#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace vb365emu {

// The emulator may not use core's re::Result (it must stay independent of core), so it has its own.
template <typename E>
struct Failure
{
    E error;
};

template <typename E>
Failure<std::decay_t<E>> fail(E &&error)
{
    return {std::forward<E>(error)};
}

template <typename T, typename E = QString>
class Result
{
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    template <typename G>
    Result(Failure<G> failure) : m_state(std::in_place_index<1>, E(std::move(failure.error)))
    {
    }

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() { return std::get<0>(m_state); }
    const T &value() const { return std::get<0>(m_state); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }

    const E &error() const { return std::get<1>(m_state); }
    E &error() { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

} // namespace vb365emu
