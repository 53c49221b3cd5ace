#pragma once

// A small expected-like type: std::expected needs C++23 and does not work with clang-14 (DESIGN.md §11).

#include <type_traits>
#include <utility>
#include <variant>

namespace re {

template <typename E>
class Unexpected
{
public:
    explicit Unexpected(E error) : m_error(std::move(error)) {}
    E &error() & { return m_error; }
    E &&error() && { return std::move(m_error); }

private:
    E m_error;
};

template <typename E>
Unexpected<std::decay_t<E>> unexpected(E &&error)
{
    return Unexpected<std::decay_t<E>>(std::forward<E>(error));
}

template <typename T, typename E>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_state(std::in_place_index<0>, value) {}
    Result(T &&value) : m_state(std::in_place_index<0>, std::move(value)) {}
    template <typename G>
    Result(Unexpected<G> error) : m_state(std::in_place_index<1>, std::move(error).error())
    {}

    bool hasValue() const { return m_state.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    // Calling value() on an error (or error() on a value) is a programming error: std::get throws.
    T &value() & { return std::get<0>(m_state); }
    const T &value() const & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const E &error() const & { return std::get<1>(m_state); }
    E &&error() && { return std::get<1>(std::move(m_state)); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    template <typename U>
    T valueOr(U &&fallback) const
    {
        return hasValue() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

    // Applies f to the value, passing an error through unchanged.
    template <typename F>
    auto map(F &&f) const -> Result<std::invoke_result_t<F, const T &>, E>
    {
        if (hasValue())
            return std::forward<F>(f)(value());
        return Unexpected<E>(error());
    }

private:
    std::variant<T, E> m_state;
};

template <typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    template <typename G>
    Result(Unexpected<G> error) : m_error(std::move(error).error()), m_failed(true)
    {}

    bool hasValue() const { return !m_failed; }
    explicit operator bool() const { return hasValue(); }
    const E &error() const & { return m_error; }
    E &&error() && { return std::move(m_error); }

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace re
